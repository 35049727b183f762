stub: upstream file of 47849 bytes
