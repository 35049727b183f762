stub: upstream file of 35193 bytes
