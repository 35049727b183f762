stub: upstream file of 10289 bytes
