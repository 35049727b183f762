stub: upstream file of 21744 bytes
