stub: upstream file of 7726 bytes
