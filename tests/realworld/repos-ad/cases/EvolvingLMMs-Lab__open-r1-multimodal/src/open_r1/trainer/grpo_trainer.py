stub: upstream file of 30900 bytes
