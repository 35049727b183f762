stub: upstream file of 15597 bytes
