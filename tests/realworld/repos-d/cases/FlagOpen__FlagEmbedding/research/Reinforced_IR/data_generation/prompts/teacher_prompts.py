stub: upstream file of 10617 bytes
