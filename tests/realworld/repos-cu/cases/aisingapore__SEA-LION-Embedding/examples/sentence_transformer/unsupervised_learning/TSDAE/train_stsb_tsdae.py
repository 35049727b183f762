stub: upstream file of 7158 bytes
