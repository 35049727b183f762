stub: upstream file of 3779 bytes
