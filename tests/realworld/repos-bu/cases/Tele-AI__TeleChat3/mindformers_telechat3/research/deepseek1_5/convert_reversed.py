stub: upstream file of 2876 bytes
