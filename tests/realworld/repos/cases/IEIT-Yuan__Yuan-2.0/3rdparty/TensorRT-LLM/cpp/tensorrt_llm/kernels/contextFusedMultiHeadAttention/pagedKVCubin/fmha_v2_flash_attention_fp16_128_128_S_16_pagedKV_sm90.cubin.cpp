stub: upstream file of 889575 bytes
