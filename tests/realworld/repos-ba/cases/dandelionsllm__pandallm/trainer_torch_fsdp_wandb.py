stub: upstream file of 18522 bytes
