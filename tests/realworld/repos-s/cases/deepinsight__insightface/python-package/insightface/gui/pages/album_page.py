stub: upstream file of 26779 bytes
