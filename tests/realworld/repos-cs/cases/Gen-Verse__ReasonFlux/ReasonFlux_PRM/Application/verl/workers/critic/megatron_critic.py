stub: upstream file of 13776 bytes
