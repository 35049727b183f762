stub: upstream file of 9325 bytes
