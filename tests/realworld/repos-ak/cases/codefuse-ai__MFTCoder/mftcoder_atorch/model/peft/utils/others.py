stub: upstream file of 12575 bytes
