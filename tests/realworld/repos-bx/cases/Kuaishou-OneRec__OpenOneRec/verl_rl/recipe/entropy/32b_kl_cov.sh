stub: upstream file of 5806 bytes
