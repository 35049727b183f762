stub: upstream file of 24941 bytes
