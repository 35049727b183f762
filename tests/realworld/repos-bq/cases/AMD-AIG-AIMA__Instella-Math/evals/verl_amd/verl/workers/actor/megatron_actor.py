stub: upstream file of 19617 bytes
