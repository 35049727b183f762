stub: upstream file of 6151 bytes
