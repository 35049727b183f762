stub: upstream file of 27783 bytes
