stub: upstream file of 22799 bytes
