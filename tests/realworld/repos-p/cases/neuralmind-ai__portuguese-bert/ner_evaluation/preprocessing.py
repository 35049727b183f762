stub: upstream file of 19547 bytes
