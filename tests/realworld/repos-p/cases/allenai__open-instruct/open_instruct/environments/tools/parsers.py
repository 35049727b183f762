stub: upstream file of 15243 bytes
