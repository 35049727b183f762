stub: upstream file of 20829 bytes
