stub: upstream file of 43819 bytes
