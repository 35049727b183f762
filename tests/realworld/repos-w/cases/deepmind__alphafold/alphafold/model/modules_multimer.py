stub: upstream file of 39575 bytes
