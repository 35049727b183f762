stub: upstream file of 23755 bytes
