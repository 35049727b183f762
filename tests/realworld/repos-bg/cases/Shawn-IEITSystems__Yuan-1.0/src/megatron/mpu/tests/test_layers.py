stub: upstream file of 19821 bytes
