stub: upstream file of 11640 bytes
