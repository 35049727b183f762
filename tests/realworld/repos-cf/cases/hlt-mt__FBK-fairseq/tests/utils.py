stub: upstream file of 18719 bytes
