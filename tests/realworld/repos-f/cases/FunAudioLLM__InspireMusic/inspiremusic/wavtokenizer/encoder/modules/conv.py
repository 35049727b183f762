stub: upstream file of 10803 bytes
