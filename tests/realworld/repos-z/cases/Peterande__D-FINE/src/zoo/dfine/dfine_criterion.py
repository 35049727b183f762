stub: upstream file of 23794 bytes
