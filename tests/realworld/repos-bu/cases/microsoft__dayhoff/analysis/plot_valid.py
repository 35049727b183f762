stub: upstream file of 14759 bytes
