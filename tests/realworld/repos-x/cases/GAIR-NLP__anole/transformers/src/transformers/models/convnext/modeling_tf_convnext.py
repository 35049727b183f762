stub: upstream file of 27193 bytes
