stub: upstream file of 21921 bytes
