stub: upstream file of 29653 bytes
