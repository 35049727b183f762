stub: upstream file of 25617 bytes
