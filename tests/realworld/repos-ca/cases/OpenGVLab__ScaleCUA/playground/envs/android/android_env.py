stub: upstream file of 18701 bytes
