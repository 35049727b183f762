stub: upstream file of 4105 bytes
