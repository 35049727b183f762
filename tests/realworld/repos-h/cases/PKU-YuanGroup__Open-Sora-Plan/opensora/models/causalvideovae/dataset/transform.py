stub: upstream file of 18157 bytes
