stub: upstream file of 4193 bytes
