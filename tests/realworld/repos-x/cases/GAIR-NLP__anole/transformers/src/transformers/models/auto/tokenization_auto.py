stub: upstream file of 48077 bytes
