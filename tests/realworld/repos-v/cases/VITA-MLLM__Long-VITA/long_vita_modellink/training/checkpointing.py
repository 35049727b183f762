stub: upstream file of 37872 bytes
