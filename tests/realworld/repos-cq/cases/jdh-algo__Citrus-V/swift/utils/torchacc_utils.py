stub: upstream file of 40887 bytes
