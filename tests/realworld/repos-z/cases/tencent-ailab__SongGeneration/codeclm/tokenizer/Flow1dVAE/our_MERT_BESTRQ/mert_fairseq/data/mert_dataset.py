stub: upstream file of 25423 bytes
