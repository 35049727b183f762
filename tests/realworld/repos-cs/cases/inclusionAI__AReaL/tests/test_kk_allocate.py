stub: upstream file of 21599 bytes
