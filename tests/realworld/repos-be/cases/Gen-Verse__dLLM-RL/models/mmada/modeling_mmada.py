stub: upstream file of 32077 bytes
