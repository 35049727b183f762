stub: upstream file of 37592 bytes
