stub: upstream file of 23094 bytes
