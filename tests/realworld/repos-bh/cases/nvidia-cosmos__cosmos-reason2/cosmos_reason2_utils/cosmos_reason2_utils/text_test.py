stub: upstream file of 2792 bytes
