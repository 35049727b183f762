stub: upstream file of 18676 bytes
