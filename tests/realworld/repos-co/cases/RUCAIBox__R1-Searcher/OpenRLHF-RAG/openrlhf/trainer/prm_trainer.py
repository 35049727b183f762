stub: upstream file of 10268 bytes
