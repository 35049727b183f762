stub: upstream file of 39849 bytes
